#!/bin/sh
# Dev helper: Lighthouse mobile performance, N runs, one line each (score, FCP, LCP, TBT, CLS) and its long tasks.
#   sh scripts/dev/lh-quick.sh <url> [runs=3]
url=$1; runs=${2:-3}; i=0
while [ $i -lt $runs ]; do
  CHROME_PATH=/usr/bin/chromium npx lighthouse "$url" --only-categories=performance --output=json --output-path=/tmp/lh-q.json --quiet \
    --chrome-flags="--headless=new --no-sandbox --enable-unsafe-swiftshader --disable-background-networking --disable-component-update" >/dev/null 2>&1
  node -e 'const r=require("/tmp/lh-q.json"),a=r.audits,n=(k)=>Math.round(a[k].numericValue);
    console.log("score",Math.round(r.categories.performance.score*100),"FCP",n("first-contentful-paint"),"LCP",n("largest-contentful-paint"),"TBT",n("total-blocking-time"),"CLS",a["cumulative-layout-shift"].numericValue.toFixed(3),
    "tasks",a["long-tasks"].details.items.map(t=>Math.round(t.duration)).join(","))'
  i=$((i+1))
done

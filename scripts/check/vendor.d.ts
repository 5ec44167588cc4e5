// The parts of es-check's and doiuse's APIs the floor check uses (neither ships types its exports resolve to).
declare module 'es-check' {
  export interface EsCheckConfig {
    files: string[];
    ecmaVersion?: string;
    module?: boolean;
    checkFeatures?: boolean;
    checkBrowser?: boolean;
    browserslistQuery?: string;
  }
  export interface EsCheckError { file: string; err?: Error }
  export function runChecks(configs: EsCheckConfig[]): Promise<{ success: boolean; errors: EsCheckError[] }>;
}

declare module 'doiuse/lib/DoIUse.js' {
  import type { Node, TransformCallback } from 'postcss';
  export interface FeatureUsage {
    feature: string;
    featureData?: { title: string; missing?: string; partial?: string };
    usage: Node;
    message: string;
  }
  export default class DoIUse {
    constructor(options: { browsers: string; ignore?: string[]; onFeatureUsage?: (usage: FeatureUsage) => void });
    postcss: TransformCallback;
  }
}

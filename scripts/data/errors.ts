/** Collects every problem of a data build, each naming file, record and reason. */
export class DataErrors {
  readonly messages: string[] = [];
  add(file: string, record: string, reason: string): void {
    this.messages.push(`${file}: ${record}: ${reason}`);
  }
  get count(): number {
    return this.messages.length;
  }
}

export class DataBuildError extends Error {
  constructor(readonly messages: string[]) {
    super(`The data build found ${messages.length} problem(s):\n` + messages.map((m) => `  - ${m}`).join('\n'));
    this.name = 'DataBuildError';
  }
}

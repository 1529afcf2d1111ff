/** Thrown by a command when its input is bad; the message is the whole report. */
export class BadInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadInputError';
  }
}

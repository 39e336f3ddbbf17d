// Tests read JSON bodies and assert them with expect(); typing every fixture would add nothing.
interface Response {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json(): Promise<any>;
}

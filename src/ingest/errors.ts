/** Bad input the user can fix: shown as one line, exit code 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

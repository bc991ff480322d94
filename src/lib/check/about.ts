// The header reader's name and one-line description: the page /check-an-email/, its embed and its share card say the same.

export const CHECK_PATH = '/check-an-email/';
export const CHECK_TITLE = 'Check an email yourself';
export const CHECK_DESCRIPTION =
  'Paste the headers of a suspicious email and see, in plain words and a picture, where it really came from and whether the sender is who it claims. Everything happens in your browser.';

/**
 * Nu HTML Checker errors the handbook accepts, each with the reason. Keep this list empty when you
 * can: fix the markup instead. An entry matches an error whose message contains `message` on a
 * page whose path matches `page` (all pages when omitted).
 */
export interface AllowedHtmlError {
  message: string;
  page?: RegExp;
  reason: string;
}

export const allowedHtmlErrors: AllowedHtmlError[] = [];

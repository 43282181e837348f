// Plain values without schemas, so the sign-up page can check what it can before sending without bringing
// zod into the browser (`@stackyard/domain/auth-limits`).

export const USERNAME_PATTERN = /^[A-Za-z0-9_-]{3,30}$/;
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

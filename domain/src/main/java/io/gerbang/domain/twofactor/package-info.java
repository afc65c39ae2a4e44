/**
 * Two-factor sign-in by TOTP (RFC 6238): which codes are accepted when, that no code works twice, the
 * shapes of codes, and the life of a half-finished sign-in. Computing a code is an outbound port's work.
 */
package io.gerbang.domain.twofactor;

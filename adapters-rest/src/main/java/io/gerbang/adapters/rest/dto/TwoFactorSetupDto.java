package io.gerbang.adapters.rest.dto;

import io.gerbang.application.port.in.twofactor.ManageTwoFactor;

/**
 * POST /auth/2fa/setup: the secret for an authenticator app, this once, as text, as the {@code otpauth} URI, and
 * as a QR code of that URI ({@code qr_code}: an SVG {@code data:} URI a page can show as an image).
 */
public record TwoFactorSetupDto(String secret, String otpauthUri, String qrCode) {

    public static TwoFactorSetupDto of(ManageTwoFactor.Enrolment enrolment) {
        return new TwoFactorSetupDto(
                enrolment.secret(), enrolment.otpauthUri(), QrCodes.svgDataUri(enrolment.otpauthUri()));
    }

    @Override
    public String toString() {
        return "TwoFactorSetupDto[****]";
    }
}

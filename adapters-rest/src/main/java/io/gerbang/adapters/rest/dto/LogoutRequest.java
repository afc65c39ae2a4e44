package io.gerbang.adapters.rest.dto;

/** One of: refresh_token, token (an access token), user_id; or nothing, with an Authorization header. */
public record LogoutRequest(String refreshToken, String token, Long userId) {

    @Override
    public String toString() {
        return "LogoutRequest[user=" + userId + ", ****]";
    }
}

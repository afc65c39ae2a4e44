package io.gerbang.application.service;

import io.gerbang.application.port.in.Principal;
import io.gerbang.application.port.in.ShowProfile;
import io.gerbang.application.port.in.UserProfile;

public class ShowProfileService implements ShowProfile {

    private final ProfileAssembler profiles;

    public ShowProfileService(ProfileAssembler profiles) {
        this.profiles = profiles;
    }

    @Override
    public UserProfile profileOf(Principal caller) {
        return profiles.profileOf(caller.user());
    }
}

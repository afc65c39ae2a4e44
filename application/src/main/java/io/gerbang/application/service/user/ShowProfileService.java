package io.gerbang.application.service.user;

import io.gerbang.application.model.Principal;
import io.gerbang.application.model.UserProfile;
import io.gerbang.application.port.in.user.ShowProfile;

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

package io.parley.agent.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.PostgresBacked;
import io.parley.Tenants;
import io.parley.agent.model.AvatarImage;
import io.parley.agent.model.ImageFormat;
import io.parley.agent.port.Agents;
import io.parley.agent.port.AvatarImages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AvatarImagesTests extends PostgresBacked {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};

    @Autowired
    AvatarImages images;

    @Autowired
    Agents agents;

    @Autowired
    Tenants tenants;

    @Test
    void keepsAPictureByDigestWhileAnAgentShowsIt() {
        var tenant = tenants.create("Acme");
        var agent = tenants.agent(tenant);
        var picture = AvatarImage.of(PNG);
        images.store(agent.workspaceId(), picture);
        images.store(agent.workspaceId(), picture);
        agent.changeAvatar(picture.digest());
        agents.save(agent);

        var found = images.find(picture.digest()).orElseThrow();
        assertThat(found.format()).isEqualTo(ImageFormat.PNG);
        assertThat(found.bytes()).isEqualTo(PNG);
        assertThat(agents.findById(agent.workspaceId(), agent.getId()).orElseThrow().avatar())
                .isEqualTo(picture.digest());

        images.discardIfUnused(agent.workspaceId(), picture.digest());
        assertThat(images.find(picture.digest())).as("still shown").isPresent();

        agent.removeAvatar();
        agents.save(agent);
        images.discardIfUnused(agent.workspaceId(), picture.digest());
        assertThat(images.find(picture.digest())).isEmpty();
    }
}

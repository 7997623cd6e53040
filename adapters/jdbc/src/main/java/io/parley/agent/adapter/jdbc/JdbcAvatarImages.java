package io.parley.agent.adapter.jdbc;

import io.parley.agent.model.AvatarDigest;
import io.parley.agent.model.AvatarImage;
import io.parley.agent.model.ImageFormat;
import io.parley.agent.port.AvatarImages;
import io.parley.shared.WorkspaceId;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@SecondaryAdapter
class JdbcAvatarImages implements AvatarImages {

    private final JdbcClient jdbc;

    JdbcAvatarImages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void store(WorkspaceId workspace, AvatarImage image) {
        jdbc.sql("""
                INSERT INTO agent_avatar (workspace_id, digest, format, image, created_at)
                VALUES (:workspace, :digest, :format, :image, now()) ON CONFLICT DO NOTHING""")
                .param("workspace", workspace.value()).param("digest", image.digest().value())
                .param("format", image.format().name()).param("image", image.bytes()).update();
    }

    @Override
    public Optional<AvatarImage> find(AvatarDigest digest) {
        return jdbc.sql("SELECT format, image FROM agent_avatar WHERE digest = :digest LIMIT 1")
                .param("digest", digest.value())
                .query((rs, row) -> AvatarImage.stored(ImageFormat.valueOf(rs.getString("format")),
                        rs.getBytes("image")))
                .optional();
    }

    @Override
    public void discardIfUnused(WorkspaceId workspace, AvatarDigest digest) {
        jdbc.sql("""
                DELETE FROM agent_avatar WHERE workspace_id = :workspace AND digest = :digest
                AND NOT EXISTS (SELECT 1 FROM agent WHERE workspace_id = :workspace AND avatar_digest = :digest)""")
                .param("workspace", workspace.value()).param("digest", digest.value()).update();
    }
}

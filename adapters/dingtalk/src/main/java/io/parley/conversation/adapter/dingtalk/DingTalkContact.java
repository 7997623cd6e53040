package io.parley.conversation.adapter.dingtalk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How a DingTalk chat maps to a Parley contact (docs/channels.md). A one-to-one chat is the user: their staff id
 * ({@code senderStaffId}) is the external id, as DingTalk's robot API addresses them. A group chat is one contact for
 * the whole group, {@code group:} + the conversation id (its {@code /} written {@code _} and {@code =} written
 * {@code .}, so that it is a valid external id and can be turned back): agents see the group's messages in one
 * conversation, each prefixed with its sender's nick, and a reply goes to the group. A user without a staff id (DingTalk
 * gives one to members of the app's organisation) is {@code uid:} + a digest of their {@code senderId}: replies reach
 * them through the session webhook only.
 */
final class DingTalkContact {

    static final String GROUP = "group:";
    static final String UNKNOWN_STAFF = "uid:";
    private static final Pattern STAFF_ID = Pattern.compile("[A-Za-z0-9._@+-]{1,100}");
    private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9+/=]{1,120}");

    private DingTalkContact() {}

    /** The external id of a group conversation, or nothing for a conversation id that is not DingTalk's base64. */
    static Optional<String> group(@Nullable String conversationId) {
        if (conversationId == null || !CONVERSATION_ID.matcher(conversationId).matches()) {
            return Optional.empty();
        }
        return Optional.of(GROUP + conversationId.replace('/', '_').replace('=', '.'));
    }

    /** The external id of a one-to-one chat's user. */
    static Optional<String> user(@Nullable String staffId, @Nullable String senderId) {
        if (staffId != null && STAFF_ID.matcher(staffId).matches()) {
            return Optional.of(staffId);
        }
        if (senderId == null || senderId.isBlank()) {
            return Optional.empty();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(senderId.getBytes(StandardCharsets.UTF_8));
            return Optional.of(UNKNOWN_STAFF + HexFormat.of().formatHex(digest, 0, 20));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The group's DingTalk conversation id (openConversationId) for an external id made by {@link #group}. */
    static Optional<String> openConversationId(String externalId) {
        if (!externalId.startsWith(GROUP)) {
            return Optional.empty();
        }
        return Optional.of(externalId.substring(GROUP.length()).replace('_', '/').replace('.', '='));
    }

    static boolean isGroup(String externalId) {
        return externalId.startsWith(GROUP);
    }

    static boolean hasStaffId(String externalId) {
        return !externalId.startsWith(GROUP) && !externalId.startsWith(UNKNOWN_STAFF);
    }

    /** Where the latest session webhook of the contact's chat is kept ({@code ChannelAccessTokens}). */
    static String sessionName(String externalId) {
        return "session:" + externalId;
    }
}

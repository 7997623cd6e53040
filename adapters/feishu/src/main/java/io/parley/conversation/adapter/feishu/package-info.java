/**
 * The Feishu / Lark bot channel: the event subscription's callback (URL verification, decryption with the app's
 * Encrypt Key, the request signature and the verification token) into the channel port, and the bot's text messages
 * out through Feishu's open API with the app's tenant_access_token. See docs/channels.md.
 */
@NullMarked
package io.parley.conversation.adapter.feishu;

import org.jspecify.annotations.NullMarked;

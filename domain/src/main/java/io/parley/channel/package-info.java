/**
 * Inboxes and the channels they receive from: the web widget now, the REST API, WeChat, DingTalk and Feishu next.
 */
@ApplicationModule(allowedDependencies = {"shared", "workspace"})
@NullMarked
package io.parley.channel;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

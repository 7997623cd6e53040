/**
 * The knowledge base the bot answers from: entries of question, answer, alternative phrasings and tags.
 */
@ApplicationModule(allowedDependencies = {"shared", "workspace", "channel", "visitor", "conversation"})
@NullMarked
package io.parley.knowledge;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

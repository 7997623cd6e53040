package io.parley.knowledge.model;

import io.parley.knowledge.BotReply.Passage;

/** A chunk found for a message, with what is needed to quote and cite it. */
public record DocumentPassage(Passage passage, String text) {}

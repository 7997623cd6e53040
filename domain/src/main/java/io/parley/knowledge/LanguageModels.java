package io.parley.knowledge;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Whether the bot can have its answers written by a language model: at least one provider is configured. */
@PrimaryPort
public interface LanguageModels {

    boolean configured();
}

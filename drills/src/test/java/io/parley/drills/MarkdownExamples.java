package io.parley.drills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fenced code blocks of a Markdown page, in the page's order, with their language. */
final class MarkdownExamples {

    record Block(String language, String text, int line) {}

    private MarkdownExamples() {}

    /** The docs folder of the checkout (the build runs the drills module from its own directory). */
    static Path docs() {
        return Path.of(System.getProperty("parley.docs", "../docs")).toAbsolutePath().normalize();
    }

    static List<Block> blocks(Path page) {
        List<String> lines;
        try {
            lines = Files.readAllLines(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var blocks = new ArrayList<Block>();
        String language = null;
        int start = 0;
        var text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (language == null && line.startsWith("```")) {
                language = line.substring(3).trim();
                start = i + 2;
                text.setLength(0);
            } else if (language != null && line.startsWith("```")) {
                blocks.add(new Block(language, text.toString(), start));
                language = null;
            } else if (language != null) {
                text.append(line).append('\n');
            }
        }
        if (language != null) {
            throw new IllegalStateException(page + ": the code block from line " + start + " is not closed");
        }
        return blocks;
    }

    /** The only block of that language on the page. */
    static Block only(Path page, String language) {
        var found = blocks(page).stream().filter(b -> b.language().equals(language)).toList();
        if (found.size() != 1) {
            throw new IllegalStateException(page + " has " + found.size() + " blocks of " + language + ", not one");
        }
        return found.getFirst();
    }
}

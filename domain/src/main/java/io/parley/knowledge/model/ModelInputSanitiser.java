package io.parley.knowledge.model;

import java.util.regex.Pattern;

/**
 * Takes the control tokens of chat templates out of text that goes to a language model (a visitor's message, the
 * entries and document passages it is answered from), so that nobody can open a system turn or close the user's by
 * typing a model's special tokens. Whatever the model family: ChatML and most others ({@code <|im_start|>},
 * {@code <|endoftext|>}, {@code <|start_header_id|>}, {@code <|system|>}, DeepSeek's {@code <｜begin▁of▁sentence｜>}:
 * any {@code <|...|>}), Llama 2 and Mistral ({@code <s>}, {@code [INST]}, {@code [/INST]}, {@code <<SYS>>},
 * {@code [SYSTEM_PROMPT]}, {@code [TOOL_CALLS]}), Gemma ({@code <start_of_turn>}) and bare
 * {@code <bos>}/{@code <eos>}-style tokens. Tokens are found in any case, in full-width forms and with invisible
 * characters or spaces inside them; the invisible characters themselves are dropped too. A token whose removal
 * joins the pieces around it into a new one is taken out as well. Everything else stays as the visitor wrote it.
 */
public final class ModelInputSanitiser {

    private static final Pattern CONTROL_TOKEN = Pattern.compile(String.join("|",
            // <|im_start|>, <|endoftext|>, <|start_header_id|>, <|eot_id|>, <|system|>, <｜end▁of▁sentence｜>
            "<\\s*\\|[^|<>\\n]{0,64}\\|\\s*>",
            // <s>, </s>
            "<\\s*/?\\s*s\\s*>",
            // [INST], [/INST], [SYS], [SYSTEM_PROMPT], [AVAILABLE_TOOLS], [TOOL_CALLS], [TOOL_RESULTS]
            "\\[\\s*/?\\s*(?:inst|sys|system_prompt|available_tools|/?tool_calls|/?tool_results)\\s*\\]",
            // <<SYS>>, <</SYS>>
            "<<\\s*/?\\s*sys\\s*>>",
            // GLM's [gMASK], [MASK], <sop>, <eop>
            "\\[\\s*g?mask\\s*\\]", "<\\s*/?\\s*(?:sop|eop)\\s*>",
            // tool and reasoning turns: <tool_call>, </tool_response>, <function_call>, <think>
            "<\\s*/?\\s*(?:tool_call|tool_response|tool_calls|function_call|function_response|think|thinking)\\s*>",
            // <start_of_turn>, <end_of_turn>, <bos>, <eos>, <eot>, <pad>, <unk>, <sep>, <cls>, <mask>, <im_start>
            "<\\s*/?\\s*(?:start_of_turn|end_of_turn|start_of_text|end_of_text|bos|eos|eot|eom|pad|unk|sep|cls|mask"
                    + "|im_start|im_end|endoftext|system|user|assistant)\\s*/?\\s*>"));

    private static final int MAX_PASSES = 8;

    private ModelInputSanitiser() {}

    /** The text without control tokens and invisible characters; each token leaves a space behind. */
    public static String clean(String text) {
        String current = text;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            var folded = FoldedText.of(current);
            if (!folded.contains(CONTROL_TOKEN)) {
                return FoldedText.visible(current);
            }
            current = folded.without(CONTROL_TOKEN, " ");
        }
        // nested beyond any honest text: nothing that looks like a token's bracket is kept
        return FoldedText.visible(current).replaceAll("[<>|\\[\\]｜＜＞]", " ");
    }

    /** Whether the text holds a control token (for tests and logs). */
    public static boolean holdsControlToken(String text) {
        return FoldedText.of(text).contains(CONTROL_TOKEN);
    }
}

package io.parley.knowledge.application;

import io.parley.knowledge.model.Script;
import io.parley.knowledge.port.ComposeAnswer.Source;
import java.util.List;

/**
 * Names the documents a composed answer cites: "[2]" means nothing to a visitor, so each cited document excerpt is
 * listed under the answer by its number and the document's title (plain text, no links).
 */
final class Citations {

    private Citations() {}

    static String appendTo(String answer, List<Source> sources, Script script) {
        var cited = new StringBuilder();
        for (int i = 0; i < sources.size(); i++) {
            String document = sources.get(i).document();
            if (document != null && answer.contains("[" + (i + 1) + "]")) {
                cited.append('\n').append('[').append(i + 1).append("] ")
                        .append(script == Script.HAN ? "《" + document + "》" : "\u201c" + document + "\u201d");
            }
        }
        if (cited.isEmpty()) {
            return answer;
        }
        return answer + "\n\n" + (script == Script.HAN ? "来源：" : "Sources:") + cited;
    }
}

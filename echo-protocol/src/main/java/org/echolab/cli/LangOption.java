package org.echolab.cli;

import picocli.CommandLine.Option;

/** The {@code --lang ko|en} option every command shares (a picocli mixin). */
public final class LangOption {
    @Option(names = "--lang", paramLabel = "ko|en", descriptionKey = "option.lang",
            description = "Language of the output: ko or en (default: from the system locale).")
    private Lang lang;

    public Lang lang() {
        return lang != null ? lang : Lang.fromSystem();
    }
}

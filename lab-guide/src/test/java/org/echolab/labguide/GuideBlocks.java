package org.echolab.labguide;

import java.util.ArrayList;
import java.util.List;

/**
 * The runnable parts of one guide page: fenced blocks whose info string is {@code bash lab} or
 * {@code bash lab-root}, one command per line, and the {@code <!-- lab-expect: TEXT -->}
 * comments that name output the page's commands must print. See lab-guide/README.md.
 */
record GuideBlocks(List<Block> blocks, List<String> expected) {
    /** One fenced block; {@code root} when it needs capture privileges. */
    record Block(boolean root, List<String> commands) {
    }

    static GuideBlocks parse(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        List<String> current = null;
        boolean root = false;
        for (String line : lines) {
            String t = line.strip();
            if (current != null) {
                if (t.startsWith("```")) {
                    blocks.add(new Block(root, List.copyOf(current)));
                    current = null;
                } else if (!t.isEmpty() && !t.startsWith("#")) {
                    current.add(t);
                }
            } else if (t.equals("```bash lab") || t.equals("```bash lab-root")) {
                current = new ArrayList<>();
                root = t.endsWith("lab-root");
            } else if (t.startsWith("<!-- lab-expect:") && t.endsWith("-->")) {
                expected.add(t.substring("<!-- lab-expect:".length(), t.length() - 3).strip());
            }
        }
        return new GuideBlocks(List.copyOf(blocks), List.copyOf(expected));
    }

    boolean needsRoot() {
        return blocks.stream().anyMatch(Block::root);
    }

    boolean uses(String tool) {
        return blocks.stream().flatMap(b -> b.commands().stream()).anyMatch(c -> c.startsWith(tool + " ")
                || c.contains("| " + tool));
    }

    /**
     * One bash script for the whole page. {@code scripts/…} at the start of a command runs the
     * kit's launcher ($KIT/scripts/…); a command ending in {@code &} is a long-running program
     * started in the background, waited for until it prints its first line, and stopped by PID
     * (SIGTERM, newest first) at the end of its block, as the student's Ctrl-C would.
     */
    String script() {
        StringBuilder s = new StringBuilder();
        s.append("set -euo pipefail\n");
        s.append("started() { for _ in $(seq 1 300); do [ -s \"$1\" ] && return 0; sleep 0.1; done; "
                + "echo \"nothing printed by: $2\" >&2; cat \"$1\" >&2; return 1; }\n");
        int n = 0;
        for (Block b : blocks) {
            s.append("pids=()\n");
            for (String c : b.commands()) {
                String cmd = c.startsWith("scripts/") ? "\"$KIT\"/" + c : c;
                s.append("echo '$ ").append(c.replace("'", "'\\''")).append("'\n");
                if (cmd.endsWith("&")) {
                    n++;
                    String log = "bg" + n + ".log";
                    s.append(cmd, 0, cmd.length() - 1).append(" >").append(log).append(" 2>&1 &\n");
                    s.append("pids=($! \"${pids[@]}\")\n");
                    s.append("started ").append(log).append(" '").append(c.replace("'", "")).append("'\n");
                } else {
                    s.append(cmd).append("\n");
                }
            }
            s.append("sleep 0.3\n");
            s.append("for p in \"${pids[@]}\"; do kill -TERM \"$p\"; wait \"$p\" || true; done\n");
            s.append("cat bg*.log 2>/dev/null || true; rm -f bg*.log\n");
        }
        return s.toString();
    }
}

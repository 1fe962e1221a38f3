// EPUBCheck over many EPUBs in one JVM (galley check): the JVM's start and warm-up, not the
// checking, is most of EPUBCheck's time on a paper, so one run for the whole batch.
// Usage: java -cp epubcheck.jar GalleyEpubBatch.java OUT_DIR [a.epub b.epub ...]
// With no EPUB named, their paths come on standard input, one a line, as a batch build makes
// them, so the JVM starts and warms up while the papers are still being built. The N-th EPUB's
// report is OUT_DIR/N.json (EPUBCheck's own JSON); "N" is printed when it is written.
import com.adobe.epubcheck.tool.EpubChecker;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

public class GalleyEpubBatch {
    public static void main(String[] args) throws Exception {
        File out = new File(args[0]);
        int n = 0;
        if (args.length > 1) {
            for (int i = 1; i < args.length; i++) {
                check(args[i], out, ++n);
            }
            return;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.isEmpty()) {
                check(line, out, ++n);
            }
        }
    }

    static void check(String epub, File out, int n) {
        File json = new File(out, n + ".json");
        new EpubChecker().run(new String[] {epub, "--json", json.getPath(), "-q"});
        System.out.println(n);
        System.out.flush();
    }
}

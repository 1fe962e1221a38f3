// EPUBCheck over many EPUBs in one JVM (galley check): the JVM's start and warm-up, not the
// checking, is most of EPUBCheck's time on a paper, so one run for the whole batch.
// Usage: java -cp epubcheck.jar GalleyEpubBatch.java OUT_DIR a.epub b.epub ...
// writes OUT_DIR/1.json, OUT_DIR/2.json, ... (EPUBCheck's own JSON report, one per EPUB).
import com.adobe.epubcheck.tool.EpubChecker;
import java.io.File;

public class GalleyEpubBatch {
    public static void main(String[] args) {
        File out = new File(args[0]);
        for (int i = 1; i < args.length; i++) {
            File json = new File(out, i + ".json");
            new EpubChecker().run(new String[] {args[i], "--json", json.getPath(), "-q"});
        }
    }
}

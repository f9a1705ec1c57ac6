/** The shared C-CDA corpus, first half of bulk/ (see corpus.test.ts). */
import { corpusSuite } from "./corpus-suite";

corpusSuite("bulk-a", (docs) => docs.filter((d, i) => d.localPath.startsWith("bulk/") && i % 2 === 0));

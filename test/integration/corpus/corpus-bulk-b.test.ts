/** The shared C-CDA corpus, second half of bulk/ (see corpus.test.ts). */
import { corpusSuite } from "./corpus-suite";

corpusSuite("bulk-b", (docs) => docs.filter((d, i) => d.localPath.startsWith("bulk/") && i % 2 === 1));

/** HL7 v3 NullFlavor codes in words a reader understands. */
const NULL_FLAVORS: Readonly<Record<string, string>> = {
  NI: "No information",
  UNK: "Unknown",
  ASKU: "Asked but unknown",
  NAV: "Temporarily unavailable",
  NASK: "Not asked",
  MSK: "Masked",
  NA: "Not applicable",
  OTH: "Other",
  NINF: "Negative infinity",
  PINF: "Positive infinity",
  NP: "Not present",
  QS: "Sufficient quantity",
  TRC: "Trace",
  UNC: "Unencoded",
  DER: "Derived",
  INV: "Invalid",
};

/** The label for a nullFlavor; unknown codes are shown as written so nothing is lost. */
export function nullFlavorLabel(code: string): string {
  return NULL_FLAVORS[code] ?? `Not recorded (${code})`;
}

/** The nullFlavor label of an element, or undefined when it has none. */
export function nullFlavorOf(el: Element | undefined): string | undefined {
  const nf = el?.getAttribute("nullFlavor");
  return nf ? nullFlavorLabel(nf) : undefined;
}

/** False for a bare NI/NA placeholder ("no information", "not applicable"): noise in a row or a table cell. */
export function meaningful(el: Element | undefined): el is Element {
  const nf = el?.getAttribute("nullFlavor");
  return el !== undefined && nf !== "NI" && nf !== "NA";
}

import { describe, expect, it } from "vitest";
import { renderSectionParticipants } from "../../../../src/ccda/render/participants";
import { ddTexts, makeCtx, mount, parseXml, V3 } from "./test-context";

function render(sectionInner: string) {
  const root = parseXml(`<section ${V3}><title>Family History</title>${sectionInner}</section>`);
  const ctx = makeCtx(root);
  const node = renderSectionParticipants(root, ctx);
  return { node, div: mount(node), ctx };
}

describe("renderSectionParticipants", () => {
  it("is undefined for a section without participations", () => {
    expect(render("<text>x</text>").node).toBeUndefined();
  });

  it("shows author with organization and time, informant with relationship, and the subject", () => {
    const { div } = render(`
      <author><time value="20240102"/><assignedAuthor><assignedPerson><name><given>Ann</given><family>Doc</family></name></assignedPerson>
        <representedOrganization><name>Clinic</name></representedOrganization></assignedAuthor></author>
      <informant><relatedEntity classCode="PRS"><code code="MTH" displayName="Mother"/><relatedPerson><name><given>Mo</given><family>M</family></name></relatedPerson></relatedEntity></informant>
      <subject><relatedSubject classCode="PRS"><code code="FTH" displayName="Father"/>
        <subject><name><given>Fred</given><family>F</family></name><administrativeGenderCode code="M"/><birthTime value="1940"/><sdtc:deceasedInd value="true"/></subject>
      </relatedSubject></subject>
      <text>t</text>`);
    const wrapper = div.querySelector("div.ccda-section-participants");
    expect(wrapper).not.toBeNull();
    expect(ddTexts(div, "Author")).toEqual(["Ann Doc, Clinic (2 Jan 2024)"]);
    expect(ddTexts(div, "Informant")).toEqual(["Mo M (Mother)"]);
    expect(ddTexts(div, "Subject")).toEqual(["Father: Fred F, Male, born 1940, deceased"]);
  });

  it("lists several authors and uses the device name", () => {
    const { div } = render(`
      <author><time value="20240102"/><assignedAuthor><assignedPerson><name>One</name></assignedPerson></assignedAuthor></author>
      <author><assignedAuthor><assignedAuthoringDevice><softwareName>Robot</softwareName></assignedAuthoringDevice></assignedAuthor></author>`);
    expect(ddTexts(div, "Authors")).toEqual(["One (2 Jan 2024)", "Robot"]);
  });
});

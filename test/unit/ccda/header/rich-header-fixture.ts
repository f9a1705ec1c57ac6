/** One synthetic header carrying every participation the header renderer knows (all data invented). */
import { V3 } from "./test-context";

const person = (given: string, family: string): string =>
  `<name><prefix>Dr.</prefix><given>${given}</given><family>${family}</family></name>`;
const addr = (street: string): string =>
  `<addr use="WP"><streetAddressLine>${street}</streetAddressLine><city>Portland</city><state>OR</state><postalCode>97005</postalCode></addr>`;

export const RICH_HEADER = `<?xml version="1.0"?>
<ClinicalDocument ${V3}>
  <realmCode code="US"/>
  <id root="1.2.3.4" extension="DOC-1"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20240115103000-0500"/>
  <confidentialityCode code="R" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <setId root="1.2.3.4" extension="SET-7"/>
  <versionNumber value="3"/>
  <sdtc:statusCode code="active"/>
  <relatedDocument typeCode="RPLC">
    <parentDocument><id root="1.2.3.4" extension="DOC-0"/><setId root="1.2.3.4" extension="SET-7"/><versionNumber value="2"/></parentDocument>
  </relatedDocument>
  <recordTarget><patientRole>
    <id root="1.2.3.99" extension="MRN-42" assigningAuthorityName="Good Health Hospital"/>
    <id nullFlavor="NI"/>
    <addr use="HP"><streetAddressLine>1 Home Street</streetAddressLine><city>Beaverton</city><state>OR</state><postalCode>97867</postalCode><country>US</country></addr>
    <telecom use="HP" value="tel:+1(555)555-2003"/>
    <telecom use="WP" value="mailto:eve@example.org"/>
    <telecom use="HP" value="javascript:alert(1)"/>
    <patient>
      <name use="L"><given>Eve</given><given>Marie</given><family>Everywoman</family></name>
      <name use="P"><given>Evie</given><family>E</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19700315"/>
      <sdtc:deceasedInd value="false"/>
      <maritalStatusCode code="M" codeSystem="2.16.840.1.113883.5.2"/>
      <religiousAffiliationCode code="1013" codeSystem="2.16.840.1.113883.5.1076" displayName="Christian (non-Catholic, non-specific)"/>
      <raceCode code="2106-3" codeSystem="2.16.840.1.113883.6.238" displayName="White"/>
      <sdtc:raceCode code="2028-9" codeSystem="2.16.840.1.113883.6.238" displayName="Asian"/>
      <ethnicGroupCode code="2186-5" codeSystem="2.16.840.1.113883.6.238" displayName="Not Hispanic or Latino"/>
      <sdtc:ethnicGroupCode code="2148-5" codeSystem="2.16.840.1.113883.6.238" displayName="Mexican"/>
      <sdtc:multipleBirthInd value="true"/>
      <sdtc:multipleBirthOrderNumber value="2"/>
      <guardian>
        <code code="MTH" codeSystem="2.16.840.1.113883.5.111" displayName="Mother"/>
        <addr use="HP"><streetAddressLine>9 Guardian Way</streetAddressLine><city>Salem</city></addr>
        <telecom use="MC" value="tel:+1(555)555-2008"/>
        <guardianPerson><name><given>Gina</given><family>Guardian</family></name></guardianPerson>
      </guardian>
      <birthplace><place><addr><city>Springfield</city><state>IL</state></addr></place></birthplace>
      <languageCommunication>
        <languageCode code="en"/>
        <modeCode code="ESP" codeSystem="2.16.840.1.113883.5.60"/>
        <proficiencyLevelCode code="G" codeSystem="2.16.840.1.113883.5.61"/>
        <preferenceInd value="true"/>
      </languageCommunication>
    </patient>
    <providerOrganization><name>DoctorsTogether Group</name>${addr("1007 Health Drive")}</providerOrganization>
  </patientRole></recordTarget>
  <author>
    <time value="20240114"/>
    <functionCode code="PCP" codeSystem="2.16.840.1.113883.5.88"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="5555555555"/>
      <code code="207Q00000X" codeSystem="2.16.840.1.113883.6.101" displayName="Family Medicine"/>
      ${addr("1004 Healthcare Drive")}
      <telecom use="WP" value="tel:+1(555)555-1004"/>
      <assignedPerson>${person("Patricia", "Primary")}</assignedPerson>
      <representedOrganization><name>Good Health Clinic</name></representedOrganization>
    </assignedAuthor>
  </author>
  <author>
    <time value="20240115"/>
    <assignedAuthor>
      <id nullFlavor="NA"/>
      <assignedAuthoringDevice><manufacturerModelName>Acme EHR 9</manufacturerModelName><softwareName>Acme Summary Builder</softwareName></assignedAuthoringDevice>
      <representedOrganization><name>Acme Health System</name></representedOrganization>
    </assignedAuthor>
  </author>
  <dataEnterer><time value="20240113"/><assignedEntity><id root="1.9" extension="DE1"/><assignedPerson>${person("Ellen", "Enter")}</assignedPerson></assignedEntity></dataEnterer>
  <informant><assignedEntity><id root="1.9" extension="INF1"/><assignedPerson>${person("Harold", "Hippocrates")}</assignedPerson></assignedEntity></informant>
  <informant><relatedEntity classCode="PRS"><code code="SPS" displayName="Spouse"/><relatedPerson><name><given>Frank</given><family>Everyman</family></name></relatedPerson></relatedEntity></informant>
  <custodian><assignedCustodian><representedCustodianOrganization>
    <id root="2.16.840.1.113883.4.6" extension="321CX"/><name>Good Health HIE</name><telecom use="WP" value="tel:+1(555)555-1009"/>${addr("1009 Healthcare Drive")}
  </representedCustodianOrganization></assignedCustodian></custodian>
  <informationRecipient><intendedRecipient>
    <informationRecipient>${person("Nancy", "Nightingale")}</informationRecipient>
    <receivedOrganization><name>Community Hospital</name></receivedOrganization>
  </intendedRecipient></informationRecipient>
  <legalAuthenticator><time value="20240115110000-0500"/><signatureCode code="S"/><assignedEntity><id root="1.9" extension="LA1"/><assignedPerson>${person("Larry", "Legal")}</assignedPerson></assignedEntity></legalAuthenticator>
  <authenticator><time value="20240115"/><signatureCode code="S"/><assignedEntity><id root="1.9" extension="AU1"/><assignedPerson>${person("Anna", "Auth")}</assignedPerson></assignedEntity></authenticator>
  <participant typeCode="IND">
    <associatedEntity classCode="ECON">
      <code code="SIS" displayName="Sister"/>
      <telecom use="HP" value="tel:+1(555)555-7777"/>
      <associatedPerson><name><given>Sally</given><family>Sister</family></name></associatedPerson>
    </associatedEntity>
  </participant>
  <participant typeCode="IND">
    <functionCode code="PCP" codeSystem="2.16.840.1.113883.5.88"/>
    <associatedEntity classCode="CAREGIVER"><associatedPerson><name><given>Carl</given><family>Carer</family></name></associatedPerson></associatedEntity>
  </participant>
  <inFulfillmentOf><order><id root="1.9.9" extension="ORD-77"/></order></inFulfillmentOf>
  <documentationOf><serviceEvent classCode="PCPR">
    <code code="99213" codeSystem="2.16.840.1.113883.6.12" displayName="Office visit"/>
    <effectiveTime><low value="20230101"/><high value="20240115"/></effectiveTime>
    <performer typeCode="PRF">
      <functionCode code="PCP" codeSystem="2.16.840.1.113883.5.88"/>
      <assignedEntity><id root="1.9" extension="PERF1"/><assignedPerson>${person("Paul", "Performer")}</assignedPerson></assignedEntity>
    </performer>
  </serviceEvent></documentationOf>
  <authorization><consent><id root="1.9" extension="CONSENT-5"/><code code="64293-4" codeSystem="2.16.840.1.113883.6.1" displayName="Procedure consent"/><statusCode code="completed"/></consent></authorization>
  <componentOf><encompassingEncounter>
    <id root="1.9" extension="ENC-12"/>
    <code code="IMP" codeSystem="2.16.840.1.113883.5.4" displayName="Inpatient encounter"/>
    <effectiveTime><low value="202401100800-0500"/><high value="202401151000-0500"/></effectiveTime>
    <responsibleParty><assignedEntity><assignedPerson>${person("Rita", "Responsible")}</assignedPerson></assignedEntity></responsibleParty>
    <encounterParticipant typeCode="ATND"><assignedEntity><assignedPerson>${person("Adam", "Attending")}</assignedPerson></assignedEntity></encounterParticipant>
    <encounterParticipant typeCode="ADM"><assignedEntity><assignedPerson>${person("Ada", "Admitting")}</assignedPerson></assignedEntity></encounterParticipant>
    <encounterParticipant typeCode="CON"><assignedEntity><assignedPerson>${person("Con", "Consulting")}</assignedPerson></assignedEntity></encounterParticipant>
    <encounterParticipant typeCode="DIS"><assignedEntity><assignedPerson>${person("Dis", "Discharging")}</assignedPerson></assignedEntity></encounterParticipant>
    <encounterParticipant typeCode="REF"><assignedEntity><assignedPerson>${person("Ref", "Referring")}</assignedPerson></assignedEntity></encounterParticipant>
    <dischargeDispositionCode code="01" codeSystem="2.16.840.1.113883.12.112" displayName="Discharged to home"/>
    <location><healthCareFacility>
      <id root="1.9" extension="FAC-1"/>
      <location><name>Good Health Hospital, Ward 4B</name>${addr("1 Hospital Road")}</location>
    </healthCareFacility></location>
  </encompassingEncounter></componentOf>
  <component><structuredBody/></component>
</ClinicalDocument>`;

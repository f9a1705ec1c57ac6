import { EPIC } from "./epic";
import { ORACLE_MILLENNIUM } from "./oracle-millennium";
import { ORACLE_SOARIAN } from "./oracle-soarian";
import { PROFILE_NAMES, type ProfileName, type SandboxProfile } from "./profile";
import { STRICT_SMART } from "./strict-smart";

const PROFILES: Readonly<Record<ProfileName, SandboxProfile>> = {
  "strict-smart": STRICT_SMART,
  "oracle-soarian": ORACLE_SOARIAN,
  "oracle-millennium": ORACLE_MILLENNIUM,
  epic: EPIC,
};

export function profileByName(name: ProfileName): SandboxProfile {
  return PROFILES[name];
}

export function isProfileName(value: string): value is ProfileName {
  return (PROFILE_NAMES as readonly string[]).includes(value);
}

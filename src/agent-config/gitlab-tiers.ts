/** GitLab's tiers, lowest first: a setting of a tier works on it and on every tier after it. */
export const TIERS = ['free', 'premium', 'ultimate'] as const;
export type GitlabTier = (typeof TIERS)[number];

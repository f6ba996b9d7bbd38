// The correspondence module's face: what other modules may use — nothing yet; items link to other records through the platform's record links.
export {};

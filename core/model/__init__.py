"""From raw tables to a canonical survey: roles, the proposed study (mapping), survey frames, validation."""

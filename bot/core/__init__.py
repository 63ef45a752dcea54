"""The core pipeline, platform-neutral: the domain, the ports platforms implement, the assistant
(screen, draft, improve), escalation to moderators, and the text of outcomes."""

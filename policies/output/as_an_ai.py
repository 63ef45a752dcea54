"""A draft that speaks as an AI ("as a language model"): broken output, never worth sending."""

from __future__ import annotations

from policies.output.family import A, family

AS_AN_AI = family(
    "as_an_ai",
    [
        r"\bas\s+an?\s+(?:ai|a\.i\.|artificial\s+intelligence|language\s+model|llm|chatbot|bot|"
        r"virtual\s+assistant|ai\s+(?:language\s+)?model|assistant)\b",
        r"\b(?:large\s+)?language\s+model\b",
        rf"\bi(?:{A}m|\s+am)\s+(?:just\s+|only\s+|not\s+a\s+human|merely\s+)?(?:an?\s+)?(?:ai|a\.i\.|"
        rf"bot|chatbot|computer\s+program|machine|artificial\s+intelligence|virtual\s+assistant|"
        rf"ai\s+assistant|ai\s+model)\b",
        r"\b(?:openai|chatgpt|gpt-?\d|mistral\s+ai)\b",
        rf"\bi\s+(?:can{A}?t|cannot|am\s+unable\s+to|{A}m\s+unable\s+to)\s+(?:assist|help)\s+with\s+"
        rf"(?:that|this)\s+request\b",
        r"\bmy\s+(?:training\s+data|programming|instructions|system\s+prompt)\b",
    ],
)

__all__ = ["AS_AN_AI"]

"""The words of an order draft's problems, and of why it has no estimate: plain English, by
stable code. core/drafts.py makes them; the ui translates each template in TR_CONTEXT and fills
in its parameters (ui/new_order/draft_text.py); scripts/update_translations.py extracts them.
"""

from __future__ import annotations

TR_CONTEXT = "OrderErrors"


#: English text per code: literals, so the translation extractor finds them here.
MESSAGES: dict[str, str] = {
    "required": "Fill in {label}.",
    "not_integer": "{label} must be a whole number, like 1000.",
    "too_small": "{label} must be at least {min}.",
    "out_of_range": "{label} must be between {min} and {max}.",
    "too_large": "{label} is too large: use at most {digits} digits.",
    "not_url": "{label} must be a web address starting with https:// (or http://).",
    "link_other_platform": (
        "This link is on {link_platform}, but the service is for {service_platform}: "
        "check the link before ordering."
    ),
    "has_spaces": "{label} must not contain spaces.",
    "line_has_spaces": "{label}: line {line} contains a space; put one name per line.",
    "not_single_line": "{label} must be a single line.",
    "not_a_choice": "Choose one of the listed values for {label}.",
    "not_a_date": "{label} must be a date.",
    "not_future": "{label} must be a date after today.",
    "min_above_max": "Minimum per post ({min}) must not be more than maximum per post ({max}).",
    "count_out_of_range": (
        "{label} has {count} lines; this service takes between {min} and {max}: "
        "add or remove lines."
    ),
    "duplicate_lines": "{label} repeats some lines (line {lines}); the panel will use each copy.",
    "dripfeed_not_allowed": "This service does not offer drip-feed: leave {label} empty.",
    "dripfeed_incomplete": "Drip-feed needs both runs and interval: fill in {label} too.",
    "total_above_max": (
        "Quantity x runs is {total}, more than this service's maximum of {max}; "
        "the panel may refuse it."
    ),
    "no_allowed_value": (
        "The panel allows no {label} for this service (its minimum is {min}, its maximum "
        "{max}). Choose another service."
    ),
    "not_orderable": (
        "This service cannot be ordered: the panel lists its minimum ({min}) above its "
        "maximum ({max}). Choose another service."
    ),
    "unknown_type": (
        'The type "{type}" is unknown to this app: only link and quantity will be sent. '
        "Check the service's description on the panel."
    ),
    # mass orders (core/mass_order.py)
    "bad_format": (
        "Write the service id, the link and the quantity separated by |, "
        "e.g. 123|https://example.com/post|1000."
    ),
    "unknown_service": "This panel has no service {service}: check the id.",
    "mass_unsupported_type": (
        'Service {service} is of type "{type}", which needs more than a link and a quantity: '
        "order it on its own."
    ),
}

#: How a mass-order error names its line (translated in TR_CONTEXT like MESSAGES).
LINE_PREFIX = "Line {line}: {message}"

#: Why an estimate has no amount: code -> English text (translated like MESSAGES).
ESTIMATE_REASONS: dict[str, str] = {
    "not_estimable": (
        "Subscriptions are charged for each new post as it is served; the cost cannot be known "
        "in advance."
    ),
    "no_rate": "The panel did not give a readable price for this service.",
    "incomplete": "Enter the quantity to see the cost.",
}

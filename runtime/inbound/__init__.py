"""Web forms and incoming webhooks that start flows (`trigger.form_submitted`), over HTTP.

- `tokens`: each flow's secret token, in the OS keyring only ("inbound:<flow id>").
- `payload`: a request body (form-encoded or JSON) to flat text fields, with clear refusals.
- `submit`: one submission in ONE transaction: contact created or updated by email, the flow
  started (or the reason it was not); any refusal writes nothing.
- `server`: the HTTP endpoint the service runs (127.0.0.1:8765 by default; settings
  `inbound.*`), with a size limit and a per-address rate limit.

The address of a flow's form is `http://<host>:<port>/in/<flow id>/<token>` (`caudal forms url`).
"""

from runtime.inbound.payload import InboundError
from runtime.inbound.tokens import form_path, form_url, rotate_token, token_for

__all__ = ["InboundError", "form_path", "form_url", "rotate_token", "token_for"]

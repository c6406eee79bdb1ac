"""`quiz serve`: the study app in a browser, one app process per browser session.

Built on textual-serve's `AppService` (it runs one command per websocket and relays the
terminal); the page, the routes and the student in the address are quiz's own (server.py),
and each session runs `python -m quiz.serve.session` (session.py). Nothing here is imported by
the rest of quiz but the CLI's `serve` command.
"""

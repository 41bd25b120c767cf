"""The kinds of `Entry` rows practices write; progress reports and exports count by these."""

from __future__ import annotations

CHECKIN = "checkin"  # data: {"scores": [1-5 ×5], "total": int}
CHECKIN_NOTE = "checkin_note"  # words typed during a check-in; data: {"question": 1-5}; private
TALK_DRAFT = "talk_draft"  # private until data["sent_at"] is set
LISTEN_SHARE = "listen_share"
LISTEN_REFLECTION = "listen_reflection"  # data: {"felt_heard": "yes" | "partly" | "not_yet"}
LISTEN_VALIDATION = "listen_validation"  # "that makes sense, because…"; data: {"reflection_id"}
TOGETHER = "together"  # 20 undistracted minutes done
DATE_NIGHT = "date_night"  # a date night that happened
HUG = "hug"  # a 20-second hug completed
DREAM_ANSWER = "dream_answer"  # data: {"question": item id, "round": int}; shown when both answered
APPRECIATION = "appreciation"  # recipient_id is the partner
ANSWER = "answer"  # an answer to a received talk/listen message; data: {"to_entry", "quick"}
IDEA_DONE = "idea_done"  # a new experience done together
LOVEMAP_ANSWER = "lovemap_answer"  # data: {"round": int, "question": item id}; about its writer
LOVEMAP_GUESS = "lovemap_guess"  # data: {"round", "question", "verdict": None | "spot_on" | …}
REPAIR = "repair"  # data: {"phrase": item id, "reply": None | "in" | "not_yet"}; to the partner
STRESS_TALK = "stress_talk"  # no words; data: {"state", "first": person id, "step": int}

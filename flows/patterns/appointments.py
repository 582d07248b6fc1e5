"""The verbs that give a person a post ("được bầu làm", "giữ chức danh"): the post follows them, and the names before
them are its holders (flows/patterns/persons.py, APPOINTED)."""

# A post given by a vote or a decision is said in three parts, each of a few forms, and pages combine them freely:
# "(tiếp tục) được" + how it was given ("bầu", "tín nhiệm bầu", "bổ nhiệm", "bầu lại") + the post's word ("làm", "giữ
# chức vụ", "chức danh"): "Đồng chí X được bầu làm Bí thư Tỉnh ủy", "X tiếp tục được tín nhiệm bầu giữ chức vụ Bí thư
# Chi đoàn" (every combination is one of APPOINTED_TO: a table of the phrases seen one by one missed the others).
AGAIN = ("", "tiếp tục ")
GIVEN_BY = (
    "bầu", "bầu lại", "bầu tiếp tục",  # re-elected ("lại": again)
    "tín nhiệm bầu", "tín nhiệm bầu lại",  # elected "with the trust" of the congress
    "bổ nhiệm", "phân công", "điều động", "chỉ định",
)
POST_WORDS = ("làm", "là", "giữ chức", "giữ chức vụ", "giữ chức danh", "chức danh", "chức vụ")
# Verbs that give a person a post without those parts: re-elected ("X tái đắc cử chức danh Y", "được tín nhiệm tái cử
# làm Bí thư chi bộ"), won ("trúng cử Bí thư Chi bộ"), holding it ("giữ chức danh Phó Bí thư Đảng ủy", "tiếp tục đảm
# nhiệm Chủ tịch Hội đồng Trị sự", "giữ vai trò Phó Chủ tịch", "đảm nhiệm chức vụ Tổng thư ký": two sites of batches
# CC, CH; a role that is no title, "giữ vai trò nòng cốt", none), appointed ("được bổ nhiệm Giám đốc Sở").
OTHER_APPOINTING_VERBS = (
    "tái đắc cử chức danh", "tái đắc cử chức vụ", "tái đắc cử", "đắc cử chức danh", "đắc cử", "được bổ nhiệm",
    "giữ chức", "giữ chức vụ", "giữ chức danh", "tiếp tục giữ chức", "tiếp tục giữ chức vụ", "tiếp tục giữ chức danh",
    "được tín nhiệm tái đắc cử làm", "được tín nhiệm tái cử làm",
    "tái cử giữ chức", "tái cử giữ chức vụ", "tái cử giữ chức danh", "tái cử chức danh", "tái cử chức vụ", "tái cử làm",
    # ... "again" ("bầu ông X tiếp tục tái cử chức danh Chủ tịch Công đoàn").
    "tiếp tục tái cử chức danh", "tiếp tục tái cử chức vụ", "tiếp tục tái cử giữ chức", "tiếp tục tái cử làm",
    "trúng cử", "đảm nhiệm", "tiếp tục đảm nhiệm", "đảm nhiệm chức vụ", "giữ vai trò", "tiếp tục giữ vai trò",
)
APPOINTED_TO = (
    *(f"{again}được {given} {post}" for again in AGAIN for given in GIVEN_BY for post in POST_WORDS),
    *OTHER_APPOINTING_VERBS,
)

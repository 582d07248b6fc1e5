"""The verbs that give a person a post ("được bầu làm", "giữ chức danh"): the post follows them, and the names before
them are its holders (flows/patterns/persons.py, APPOINTED)."""

# Verbs that give a person a post: "Đồng chí X được bầu làm Bí thư Tỉnh ủy", "X tái đắc cử chức danh Y",
# "các đồng chí A, B, C được bầu làm Phó Bí thư".
APPOINTED_TO = (
    "được bầu làm", "được bầu giữ chức", "được bầu giữ chức vụ", "được bầu là",
    "tái đắc cử chức danh",
    "được bầu lại làm", "được bầu lại giữ chức", "được bầu lại giữ chức vụ",  # re-elected ("lại": again)
    "tái đắc cử chức vụ", "tái đắc cử", "đắc cử chức danh", "đắc cử", "được bổ nhiệm làm", "được bổ nhiệm giữ chức",
    "được bổ nhiệm giữ chức vụ", "được bổ nhiệm", "được phân công làm", "được phân công giữ chức", "giữ chức",
    "giữ chức vụ", "được điều động làm", "được chỉ định làm", "được chỉ định giữ chức",
    "tiếp tục giữ chức", "tiếp tục giữ chức vụ", "được bầu tiếp tục giữ chức", "được bầu tiếp tục giữ chức vụ",
    "tiếp tục được bầu làm", "tiếp tục được bầu giữ chức", "tiếp tục được bầu giữ chức vụ",
    # Re-elected "with the trust" of the congress: "được tín nhiệm tái đắc cử làm Bí thư chi bộ".
    "được tín nhiệm tái đắc cử làm", "được tín nhiệm tái cử làm", "được tín nhiệm bầu làm",
    "được tín nhiệm bầu giữ chức", "được tín nhiệm bầu giữ chức vụ", "tiếp tục được tín nhiệm bầu làm",
    "tiếp tục được tín nhiệm bầu giữ chức",
    # The post's word "chức danh" ("giữ chức danh Phó Bí thư Đảng ủy"), and re-elected to hold it ("tái cử giữ chức").
    "giữ chức danh", "tiếp tục giữ chức danh", "được bầu giữ chức danh", "tái cử giữ chức", "tái cử giữ chức vụ",
    "tái cử giữ chức danh", "tái cử chức danh", "tái cử chức vụ", "tái cử làm",  # as "tái đắc cử chức danh"
    # ... "again" ("bầu ông X tiếp tục tái cử chức danh Chủ tịch Công đoàn").
    "tiếp tục tái cử chức danh", "tiếp tục tái cử chức vụ", "tiếp tục tái cử giữ chức", "tiếp tục tái cử làm",
    # Elected to the post's name ("được tín nhiệm bầu chức danh Bí thư"), won it ("trúng cử Bí thư Chi bộ").
    "được tín nhiệm bầu chức danh", "tiếp tục được tín nhiệm bầu chức danh", "được bầu chức danh", "trúng cử",
    # Holding the post, its role ("tiếp tục đảm nhiệm Chủ tịch Hội đồng Trị sự", "giữ vai trò Phó Chủ tịch", "đảm
    # nhiệm chức vụ Tổng thư ký": two sites of batches CC, CH; a role that is no title, "giữ vai trò nòng cốt", none).
    "đảm nhiệm", "tiếp tục đảm nhiệm", "đảm nhiệm chức vụ", "giữ vai trò", "tiếp tục giữ vai trò",
)

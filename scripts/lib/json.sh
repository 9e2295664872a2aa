# Sourced by the scripts that read ids out of the service's JSON answers.

# first_id: the first "id" of a JSON answer on standard input, the resource's own (a claim's answer
# names other claims after it, as possible duplicates).
first_id() { grep -o '"id":"[0-9a-f-]\{36\}"' | head -1 | cut -d'"' -f4; }

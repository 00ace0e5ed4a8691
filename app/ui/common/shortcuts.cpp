#include "shortcuts.h"

namespace Shortcuts {

QList<QKeySequence> standardWith(QKeySequence::StandardKey key,
                                 const QList<QKeySequence> &fallbacks)
{
    QList<QKeySequence> out;
    const QList<QKeySequence> platform = QKeySequence::keyBindings(key);
    for (const QList<QKeySequence> &list : {platform, fallbacks}) {
        for (const QKeySequence &sequence : list) {
            if (!sequence.isEmpty() && !out.contains(sequence))
                out << sequence;
        }
    }
    return out;
}

} // namespace Shortcuts

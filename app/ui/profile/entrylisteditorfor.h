#pragma once

#include "common/changevaluecommand.h"
#include "domain/resumevalidator.h"
#include "entrycommand.h"
#include "entrylisteditor.h"
#include "entryorder.h"

#include <QLineEdit>

#include <functional>
#include <optional>

// An EntryListEditor for one kind of ENTRY the ResumeStore keeps (a job, a degree, a
// language): it holds the entries and writes every change as an undo command through the
// store's functions (Add, Remove, an edit of the form once it passes ResumeValidator, a new
// order). Subclasses only lay out, fill and read the form and name their commands.
template<typename Entry>
class EntryListEditorFor : public EntryListEditor
{
public:
    // The store's functions for this kind of entry.
    struct Access
    {
        std::function<std::optional<QList<Entry>>()> read;
        std::function<WriteResult(const Entry &)> add;
        std::function<WriteResult(const Entry &)> update;
        std::function<WriteResult(qint64)> remove;
        std::function<WriteResult(const QList<Entry> &)> reorder;
    };

    EntryListEditorFor(ResumeStore *store, QUndoStack *undoStack, const QString &name,
                       Access access, QWidget *parent)
        : EntryListEditor(store, undoStack, name, parent)
        , m_access(std::move(access))
    { }

    const QList<Entry> &entries() const { return m_entries; }

protected:
    // Entry ROW with the values in the form.
    virtual Entry fromForm(int row) const = 0;
    // A new entry as Add makes it (with its placeholder name).
    virtual Entry newEntry() const = 0;
    // The field that takes the focus, its text selected, after Add.
    virtual QLineEdit *firstField() const = 0;
    // The undo texts.
    virtual QString addText() const = 0;
    virtual QString editText(const Entry &e) const = 0;
    virtual QString removeText(const Entry &e) const = 0;
    virtual QString reorderText() const = 0;

    bool read() override
    {
        const std::optional<QList<Entry>> entries = m_access.read();
        m_entries = entries.value_or(QList<Entry>());
        return entries.has_value();
    }

    // Writes the form to the selected entry when it is valid and has changed.
    void commit()
    {
        const int row = currentRow();
        if (loading() || row < 0 || row >= m_entries.size())
            return;
        const Entry after = fromForm(row);
        if (!showProblems(ResumeValidator::validate(after)) || after == m_entries[row])
            return;
        (void)StoreCommand::push(
            undoStack(),
            new ChangeValueCommand<Entry>(editText(after), m_entries[row], after, m_access.update));
    }

    WriteResult addEntry() override
    {
        Entry e = newEntry();
        e.sortOrder = EntryOrder::nextSortOrder(m_entries);
        const WriteResult r = StoreCommand::push(
            undoStack(),
            new EntryCommand<Entry>(addText(), EntryCommand<Entry>::Action::Add, e, m_access.add,
                                    m_access.remove));
        if (r.ok()) {
            firstField()->setFocus();
            firstField()->selectAll();
        }
        return r;
    }

    WriteResult removeEntry(int row) override
    {
        const Entry e = m_entries.value(row);
        return StoreCommand::push(undoStack(),
                                  new EntryCommand<Entry>(removeText(e),
                                                          EntryCommand<Entry>::Action::Remove, e,
                                                          m_access.add, m_access.remove));
    }

    WriteResult moveEntries(const QList<int> &order) override
    {
        const std::optional<QList<Entry>> after = EntryOrder::reordered(m_entries, order);
        if (!after)
            return WriteResult::failure(QString());
        return StoreCommand::push(undoStack(),
                                  new ChangeValueCommand<QList<Entry>>(reorderText(), m_entries,
                                                                       *after, m_access.reorder));
    }

    QList<Entry> m_entries;

private:
    Access m_access;
};

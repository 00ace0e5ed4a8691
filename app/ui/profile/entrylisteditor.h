#pragma once

#include "db/writeresult.h"
#include "domain/validation.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QUndoStack;
class ResumeStore;

// A list of resume entries (jobs, degrees, languages, links) beside a form for the selected
// one: Add, Remove, Move up/down and drag to reorder; problems shown beside their fields.
// Subclasses read their entries, fill and read the form, and push undo commands through the
// store; this base keeps the list, the selection and the error labels.
class EntryListEditor : public QWidget
{
    Q_OBJECT
public:
    // NAME prefixes the object names: NAME + "List", "Add", "Remove", "Up", "Down".
    EntryListEditor(ResumeStore *store, QUndoStack *undoStack, const QString &name,
                    QWidget *parent = nullptr);

    // Re-reads the entries; keeps the selected row (or the one asked for by selectLater()).
    void reload();
    int currentRow() const;
    QListWidget *list() const { return m_list; }

protected:
    // Loads the entries from the store; false when they cannot be read.
    virtual bool read() = 0;
    // One label per entry, in order.
    virtual QStringList labels() const = 0;
    // Fills the form with entry ROW (-1: none).
    virtual void showEntry(int row) = 0;
    // Adds a new entry at the end (an undo command).
    virtual WriteResult addEntry() = 0;
    virtual WriteResult removeEntry(int row) = 0;
    // ORDER: the old rows in their new order (an undo command).
    virtual WriteResult moveEntries(const QList<int> &order) = 0;

    // Sets the text of the Add button, and of the empty state.
    void setTexts(const QString &addText, const QString &emptyText);
    // Adds LABEL and FIELD to the form, with an error label (objectName FIELDNAME + "Error")
    // below it for the problems of FIELDNAME.
    void addField(const QString &label, QWidget *field, const QString &fieldName);
    // Shows each problem beside its field and hides the others; true when there are none.
    bool showProblems(const Problems &problems);
    // Selects ROW after the next reload (the entry just added or moved).
    void selectLater(int row) { m_pendingRow = row; }
    // True while the form is being filled: field signals then are not edits.
    bool loading() const { return m_loading; }

    ResumeStore *store() const { return m_store; }
    QUndoStack *undoStack() const { return m_undoStack; }

private:
    void onCurrentRowChanged(int row);
    void checkOrder();
    void move(int delta);
    void updateButtons();

    ResumeStore *m_store;
    QUndoStack *m_undoStack;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_empty;
    QWidget *m_formWidget;
    QFormLayout *m_form;
    QHash<QString, QLabel *> m_errors;
    int m_pendingRow = -1;
    bool m_loading = false;
    bool m_orderCheckQueued = false;
};

#pragma once

#include "domain/jobapplication.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <optional>

// Job applications and their stage moves. Writes run in the caller's transaction.
class JobApplicationRepository
{
public:
    explicit JobApplicationRepository(QSqlDatabase db);

    // Every application with its moves, newest application first (two queries).
    std::optional<QList<JobApplication>> all(QString *error) const;
    std::optional<JobApplication> find(qint64 id, QString *error) const;

    // Inserts APPLICATION (with its id when non-zero) and its moves; with no moves, records one
    // to its stage on the day it was applied for (or today). Returns the id, or 0.
    [[nodiscard]] qint64 insert(const JobApplication &application, QString *error);
    // Saves the fields (not the stage or the moves).
    [[nodiscard]] bool update(const JobApplication &application, QString *error);
    [[nodiscard]] bool remove(qint64 id, QString *error);
    // What points at an application: its interviews and kept job postings. Deleting the
    // application keeps them, unlinked; relink() points them at it again (undo of a delete).
    struct Links
    {
        QList<qint64> sessions;
        QList<qint64> postings;
    };
    std::optional<Links> links(qint64 id, QString *error) const;
    [[nodiscard]] bool relink(qint64 id, const Links &links, QString *error);
    // Moves the application to STAGE on DAY, recording the move.
    [[nodiscard]] bool moveTo(qint64 id, JobApplication::Stage stage, const QDate &day,
                              QString *error);
    // Takes back the newest move (undo of moveTo); the stage becomes the previous move's.
    [[nodiscard]] bool undoLastMove(qint64 id, QString *error);

    // How many applications reached each stage on the way to an offer (applied, screen,
    // technical, onsite, offer), counting every stage an application passed through;
    // and how many ended rejected or withdrawn.
    using Funnel = std::array<int, JobApplication::StageCount>;
    std::optional<Funnel> funnel(QString *error) const;

private:
    bool writeMove(qint64 id, JobApplication::Stage stage, const QDate &day, QString *error);
    bool setStage(qint64 id, JobApplication::Stage stage, QString *error);

    QSqlDatabase m_db;
};

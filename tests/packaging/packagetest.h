// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers of the packaging tests: run a tool and read what it says, find the .deb the fixture built, unpack it.

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace packagetest {

struct Run {
    bool started = false;
    int status = -1;
    QString out;
    QString err;
};

// The tools come from packaging/install-deps.sh: a missing one is a failure, named in the message.
inline QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

inline Run run(const QString &program, const QStringList &arguments, const QString &workingDirectory = QString(),
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty()) p.setWorkingDirectory(workingDirectory);
    p.start(program, arguments);
    if (!p.waitForStarted(10000) || !p.waitForFinished(90000)) return {};
    return {true, p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// "what failed: status, stdout, stderr" for QVERIFY2.
inline QByteArray describe(const QString &what, const Run &r)
{
    return QStringLiteral("%1: started %2, status %3\nstdout:\n%4\nstderr:\n%5")
        .arg(what, r.started ? QStringLiteral("yes") : QStringLiteral("no")).arg(r.status).arg(r.out, r.err)
        .toUtf8();
}

// The one .deb the package_deb fixture left in NIANBAO_DEB_DIR (empty if there is none, or several).
inline QString builtDeb()
{
    const QDir dir(qEnvironmentVariable("NIANBAO_DEB_DIR"));
    const QStringList debs = dir.entryList({QStringLiteral("*.deb")}, QDir::Files);
    return debs.size() == 1 ? dir.filePath(debs.first()) : QString();
}

// The environment of a clerk's shell: no build-tree variables, no display (the verbs must not need one).
inline QProcessEnvironment userEnvironment()
{
    QProcessEnvironment env;
    for (const char *name : {"PATH", "HOME", "LANG", "XDG_RUNTIME_DIR"})
        if (qEnvironmentVariableIsSet(name)) env.insert(QString::fromLatin1(name), qEnvironmentVariable(name));
    return env;
}

} // namespace packagetest

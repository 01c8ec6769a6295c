// Run against the system database by the user whose password changes (the local server's one user).
ALTER CURRENT USER SET PASSWORD FROM $currentPassword TO $newPassword

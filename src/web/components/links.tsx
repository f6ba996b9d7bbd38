// Mantine anchors, buttons and nav links that navigate within the app, with typed routes.
import { Anchor, type AnchorProps, Button, type ButtonProps, NavLink, type NavLinkProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import { forwardRef } from 'react';

type AnchorBaseProps = AnchorProps & Omit<React.AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style'>;
const AnchorBase = forwardRef<HTMLAnchorElement, AnchorBaseProps>((props, ref) => <Anchor component="a" inherit ref={ref} {...props} />);
const CreatedAnchorLink = createLink(AnchorBase);
/** A Mantine anchor that navigates within the app, with typed routes. */
export const AnchorLink: LinkComponent<typeof AnchorBase> = (props) => <CreatedAnchorLink preload="intent" {...props} />;

type ButtonBaseProps = ButtonProps & Omit<React.AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style'>;
const ButtonBase = forwardRef<HTMLAnchorElement, ButtonBaseProps>((props, ref) => <Button component="a" ref={ref} {...props} />);
const CreatedButtonLink = createLink(ButtonBase);
/** A button-looking link (for "New organisation", "Edit"): it goes somewhere, so it is a link. */
export const ButtonLink: LinkComponent<typeof ButtonBase> = (props) => <CreatedButtonLink preload="intent" {...props} />;

type NavBaseProps = NavLinkProps & Omit<React.AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style' | 'children'>;
const NavBase = forwardRef<HTMLAnchorElement, NavBaseProps>((props, ref) => <NavLink component="a" ref={ref} {...props} />);
const CreatedNavLink = createLink(NavBase);
export const NavLinkLink: LinkComponent<typeof NavBase> = (props) => <CreatedNavLink preload="intent" {...props} />;
